from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Fact-check claims"

    def ready(self) -> None:
        from django.conf import settings

        from claims.extraction.scoring import register_scorer
        from claims.extraction.transformer import TransformerScorer

        # Loaded on first use only (onnxruntime is imported then), so the web process that never
        # asks for it pays nothing.
        register_scorer(
            "minilm",
            lambda: TransformerScorer.load(
                settings.FACTCHECK_TRANSFORMER_MODEL_DIR, threads=settings.FACTCHECK_TRANSFORMER_THREADS
            ),
        )
