"""Settings, read from the environment.

Without DATABASE_URL the service runs embedded: a SQLite file and Celery tasks executed in
process, so ``make run`` needs nothing else. With DATABASE_URL and REDIS_URL it is the full stack.
Every variable is listed in the README.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}") from None


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DATA_DIR = Path(env_str("FACTCHECK_DATA_DIR", str(BASE_DIR / "var")))
DATABASE_URL = env_str("DATABASE_URL")
REDIS_URL = env_str("REDIS_URL")
EMBEDDED = not DATABASE_URL

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not EMBEDDED:
        raise ImproperlyConfigured("SECRET_KEY must be set when DATABASE_URL is set.")
    # The embedded demo keeps a generated key beside its SQLite file, so sessions survive restarts.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
    SECRET_KEY = key_file.read_text().strip()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "claims.middleware.RequestTooLargeMiddleware",
    # Last: turns a login refused for too many failures into the lockout page (claims/logins.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "claims.context_processors.roles",
            ],
        },
    },
]

if EMBEDDED:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "factcheck.sqlite3",
            # Wait for a writer instead of failing with "database is locked".
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }
else:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    test_name = env_str("TEST_DATABASE_NAME")
    if test_name:
        DATABASES["default"]["TEST"] = {"NAME": test_name}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
# Serve from the finders when nothing was collected (the embedded demo).
WHITENOISE_USE_FINDERS = True

# Failed logins (the login page, the admin, POST /api/auth/token/) are counted in the database
# by django-axes, by username and by client address: either reaching the limit within the
# cool-off locks it out for the cool-off. Editors unlock at /lockouts/ (claims/logins.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("FACTCHECK_LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("FACTCHECK_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "claims.logins.lockout_response"
AXES_CLIENT_IP_CALLABLE = "claims.logins.client_ip"
AXES_VERBOSE = False  # no banner on every manage.py command
AXES_RESET_ON_SUCCESS = False  # a working account of one's own must not wipe an address's count
# Reverse proxies in front of the app that append to X-Forwarded-For (the TLS proxy: 1). Zero:
# the client address is the connection's. Counting by address behind a proxy needs this right.
FACTCHECK_TRUSTED_PROXIES = env_int("FACTCHECK_TRUSTED_PROXIES", 0)

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "queue"
LOGOUT_REDIRECT_URL = "login"

# Uploads: the request as a whole and the article body each have a ceiling (413 past it).
FACTCHECK_MAX_BODY_CHARS = env_int("FACTCHECK_MAX_BODY_CHARS", 200_000)
# A body longer than this is split into claims by the worker (the article shows "splitting" and
# the API answers 202), so the submit request stays fast whatever the size. Measured with
# bench/long_articles.py (extraction and writing the claims, SQLite): 10 ms at 3,000 characters,
# 36 ms at 20,000 (85 claims), 330 ms at 200,000 (800 claims); deferred, 12 ms at 200,000.
FACTCHECK_SYNC_EXTRACT_MAX_CHARS = env_int("FACTCHECK_SYNC_EXTRACT_MAX_CHARS", 20_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 4 * 1024 * 1024)

if not DEBUG and not EMBEDDED:
    # FACTCHECK_HTTPS=true: served over HTTPS by a TLS-terminating proxy that sets
    # X-Forwarded-Proto: secure cookies, http redirected to https, HSTS for a year (with
    # subdomains and preload; each variable below still overrides). FACTCHECK_HTTPS=false: plain
    # HTTP (the compose file's localhost default), so cookies must not be marked secure. Unset:
    # secure cookies and nothing more. `manage.py check --deploy` is clean with it true.
    HTTPS = env_bool("FACTCHECK_HTTPS", False)
    secure_cookies = HTTPS if env_str("FACTCHECK_HTTPS") else True
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", secure_cookies)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", secure_cookies)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000 if HTTPS else 0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.TokenWithRoles",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.permissions.CanRead"],
    # The REST API speaks JSON (the pages have their own forms): one encoding, one schema.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": ["claims.api.filtering.KnownParamsFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "claims.api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
    "DEFAULT_THROTTLE_RATES": {
        "submit": env_str("FACTCHECK_SUBMIT_RATE", "120/min"),
        # One bulk request may carry FACTCHECK_BULK_ARTICLES_MAX articles.
        "bulk_submit": env_str("FACTCHECK_BULK_SUBMIT_RATE", "10/min"),
    },
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Fact-check workflow API",
    "DESCRIPTION": "Submit articles, read their claims, review and publish verdicts.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI from the installed package, not a CDN: the docs work offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "VerdictEnum": "claims.workflow.Verdict",
        "ClaimStatusEnum": "claims.workflow.Status",
        "CorroborationStateEnum": "claims.models.Claim.CorroborationState",
        "CorroborationItemStateEnum": "claims.models.Corroboration.State",
        "WebhookEventEnum": "claims.models.WebhookSubscription.EventType",
        "ArticleStatusEnum": "claims.models.Article.Status",
        "CorroborationStanceEnum": "claims.models.Corroboration.Stance",
        "EvidenceStanceEnum": "claims.models.Evidence.Stance",
        "EvidenceSnapshotStateEnum": "claims.models.Evidence.Snapshot",
    },
}

# --- Cache ------------------------------------------------------------------------------
# Throttle counts must be shared by every web process (gunicorn runs several): with REDIS_URL
# (or CACHE_URL) the cache is Redis, under its own key prefix. Embedded, each process keeps its
# own in memory, which is right for the one `make run` process.
CACHE_URL = env_str("CACHE_URL", REDIS_URL)
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "factcheck.cache.SharedRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "factcheck-cache"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery -----------------------------------------------------------------------------
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 60)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 90)
CELERY_RETRY_BACKOFF_MAX = 600
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
else:
    # Embedded: tasks run in the web process right after the transaction commits.
    CELERY_BROKER_URL = "memory://localhost/"
    CELERY_TASK_ALWAYS_EAGER = True
    CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_DEFAULT_QUEUE = env_str("FACTCHECK_QUEUE", "celery")
# A worker's child process loads the scorers as it starts (claims.tasks, about 0.3 s); Celery's
# default 4 s for a child to come up would be short on a loaded machine.
CELERY_WORKER_PROC_ALIVE_TIMEOUT = env_float("CELERY_WORKER_PROC_ALIVE_TIMEOUT", 30.0)
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 2
# An unacknowledged message comes back after this long: above the hard time limit plus the
# longest retry delay, so a slow task is never delivered twice while it still runs.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_TASK_TIME_LIMIT + CELERY_RETRY_BACKOFF_MAX + 600,
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
# A submit never waits long on a broker that is down; the sweeper enqueues later.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_BEAT_SCHEDULE = {
    "sweep-stale-corroboration": {
        "task": "claims.tasks.sweep_corroboration",
        "schedule": env_int("FACTCHECK_SWEEP_SECONDS", 60),
    },
    "sweep-stale-webhooks": {
        "task": "claims.tasks.sweep_webhooks",
        "schedule": env_int("FACTCHECK_SWEEP_SECONDS", 60),
    },
    "sweep-stale-exports": {
        "task": "claims.tasks.sweep_exports",
        "schedule": env_int("FACTCHECK_SWEEP_SECONDS", 60),
    },
    "sweep-unrefined-scores": {
        "task": "claims.tasks.sweep_refinement",
        "schedule": env_int("FACTCHECK_SWEEP_SECONDS", 60),
    },
    "sweep-pending-fetches": {
        "task": "claims.tasks.sweep_fetches",
        "schedule": env_int("FACTCHECK_SWEEP_SECONDS", 60),
    },
    # The desk's approved verdicts in the "Checked before?" library, should an update be lost.
    "sweep-fact-check-library": {
        "task": "claims.tasks.sweep_fact_check_library",
        "schedule": env_int("FACTCHECK_SWEEP_SECONDS", 60) * 5,
    },
    # The dashboard's claim counts: rows appended by triggers, folded into one per key.
    "fold-claim-counts": {
        "task": "claims.tasks.fold_claim_counts",
        "schedule": env_int("FACTCHECK_SWEEP_SECONDS", 60),
    },
    # Sends a poll for each feed whose own interval has passed; a shorter beat, finer timing.
    "poll-due-feeds": {
        "task": "claims.tasks.poll_due_feeds",
        "schedule": env_int("FACTCHECK_FEED_SWEEP_SECONDS", 30),
    },
}

# --- The product ------------------------------------------------------------------------
# Providers run on every claim, in order (dotted paths to Provider classes).
FACTCHECK_CORROBORATION_PROVIDERS = env_list(
    "FACTCHECK_CORROBORATION_PROVIDERS",
    "claims.corroboration.attribution.AttributionLeads,claims.corroboration.checklist.Checklist"
    ",claims.corroboration.checked_before.CheckedBefore",
)
FACTCHECK_CORROBORATION_MAX_ATTEMPTS = env_int("FACTCHECK_CORROBORATION_MAX_ATTEMPTS", 5)
# A claim pending (or running) longer than this is enqueued again by the sweeper.
FACTCHECK_CORROBORATION_STALE_SECONDS = env_int("FACTCHECK_CORROBORATION_STALE_SECONDS", 300)
# Unset: the threshold the scorer was tuned to by cross-validation (stored with the model).
FACTCHECK_CHECKWORTHY_THRESHOLD: float | None = (
    env_float("FACTCHECK_CHECKWORTHY_THRESHOLD", 0.0) if env_str("FACTCHECK_CHECKWORTHY_THRESHOLD") else None
)
FACTCHECK_SCORER = env_str("FACTCHECK_SCORER", "linear")
# A slower, better scorer that re-scores each article's claims in the worker after submission.
# "auto" (default): the fine-tuned MiniLM when its model is in FACTCHECK_TRANSFORMER_MODEL_DIR
# (shipped in the repo; `make train-transformer` retrains it), otherwise off; "minilm": always
# (an error is logged while the model is missing); "" or "off": never. The request path always stores the
# FACTCHECK_SCORER score first.
FACTCHECK_REFINE_SCORER = env_str("FACTCHECK_REFINE_SCORER", "auto")
FACTCHECK_TRANSFORMER_MODEL_DIR = Path(
    env_str(
        "FACTCHECK_TRANSFORMER_MODEL_DIR",
        str(BASE_DIR / "claims" / "extraction" / "data" / "checkworthiness-minilm"),  # shipped in the repo
    )
)
# onnxruntime threads per worker process (a worker runs one task at a time).
FACTCHECK_TRANSFORMER_THREADS = env_int("FACTCHECK_TRANSFORMER_THREADS", 1)
# The sweeper re-sends the refinement of claims still holding the fast score after this long
# (a broker that was down at submit time), and back-fills older claims, this many articles a run.
FACTCHECK_REFINE_STALE_SECONDS = env_int("FACTCHECK_REFINE_STALE_SECONDS", 300)
FACTCHECK_REFINE_SWEEP_ARTICLES = env_int("FACTCHECK_REFINE_SWEEP_ARTICLES", 20)
# The demo accounts' passwords (make run, FACTCHECK_DEMO=1 in the full stack), kept across runs.
FACTCHECK_DEMO_CREDENTIALS = Path(
    env_str("FACTCHECK_DEMO_CREDENTIALS", str(DATA_DIR / "demo_credentials.txt"))
)
FACTCHECK_LEASE_MINUTES = env_int("FACTCHECK_LEASE_MINUTES", 30)
FACTCHECK_ALLOW_SELF_APPROVAL = env_bool("FACTCHECK_ALLOW_SELF_APPROVAL", False)
# Who publishes the fact checks (ClaimReview "author").
FACTCHECK_ORGANIZATION_NAME = env_str("FACTCHECK_ORGANIZATION_NAME", "Newsroom Fact Check")
FACTCHECK_ORGANIZATION_URL = env_str("FACTCHECK_ORGANIZATION_URL", "https://factcheck.example.org")
# Base URL of the public fact-check pages (ClaimReview "url"); the claim id is appended.
FACTCHECK_PUBLIC_URL = env_str("FACTCHECK_PUBLIC_URL", FACTCHECK_ORGANIZATION_URL.rstrip("/") + "/claims/")

# Webhooks: each POST waits this long; failed attempts back off exponentially (with jitter)
# up to the cap, then the delivery is failed. A pending delivery past due this long is re-sent.
# Webhook receivers on loopback/private/link-local addresses are refused unless this is set.
FACTCHECK_WEBHOOK_ALLOW_PRIVATE = env_bool("FACTCHECK_WEBHOOK_ALLOW_PRIVATE", False)
FACTCHECK_WEBHOOK_TIMEOUT = env_float("FACTCHECK_WEBHOOK_TIMEOUT", 5.0)
FACTCHECK_WEBHOOK_MAX_ATTEMPTS = env_int("FACTCHECK_WEBHOOK_MAX_ATTEMPTS", 6)
FACTCHECK_WEBHOOK_BACKOFF_SECONDS = env_float("FACTCHECK_WEBHOOK_BACKOFF_SECONDS", 10.0)
FACTCHECK_WEBHOOK_BACKOFF_MAX = env_float("FACTCHECK_WEBHOOK_BACKOFF_MAX", 600.0)
FACTCHECK_WEBHOOK_STALE_SECONDS = env_int("FACTCHECK_WEBHOOK_STALE_SECONDS", 300)
# Exports up to this many claims stream in the response; larger ones run as a job whose file
# is written under FACTCHECK_EXPORT_DIR (shared by web and worker in the full stack).
FACTCHECK_EXPORT_SYNC_MAX = env_int("FACTCHECK_EXPORT_SYNC_MAX", 5000)
FACTCHECK_EXPORT_DIR = Path(env_str("FACTCHECK_EXPORT_DIR", str(DATA_DIR / "exports")))
# An export job may run longer than ordinary tasks, but below the broker's visibility timeout.
FACTCHECK_EXPORT_TIME_LIMIT = env_int("FACTCHECK_EXPORT_TIME_LIMIT", 1200)
# Finished export jobs and their files are deleted by the sweeper after this many days.
FACTCHECK_EXPORT_KEEP_DAYS = env_int("FACTCHECK_EXPORT_KEEP_DAYS", 7)
# "Checked before?": candidates kept per claim, onnxruntime threads, and the probability from
# which a candidate is "likely the same claim" (0: the one calibrated on the train splits).
FACTCHECK_MATCHING_TOP = env_int("FACTCHECK_MATCHING_TOP", 5)
FACTCHECK_MATCHING_THREADS = env_int("FACTCHECK_MATCHING_THREADS", 1)
FACTCHECK_MATCHING_SAME_THRESHOLD = env_float("FACTCHECK_MATCHING_SAME_THRESHOLD", 0.0)
# Same claim, many articles: a new claim is compared with this many of the latest open claims
# of other articles (0 turns grouping off).
FACTCHECK_GROUPING_WINDOW = env_int("FACTCHECK_GROUPING_WINDOW", 2000)
# Google Fact Check Tools claims:search: off without a key; answers cached per claim text.
FACTCHECK_GOOGLE_API_KEY = env_str("FACTCHECK_GOOGLE_API_KEY", "")
FACTCHECK_GOOGLE_URL = env_str(
    "FACTCHECK_GOOGLE_URL", "https://factchecktools.googleapis.com/v1alpha1/claims:search"
)
FACTCHECK_GOOGLE_LANGUAGE = env_str("FACTCHECK_GOOGLE_LANGUAGE", "")
FACTCHECK_GOOGLE_RATE = env_float("FACTCHECK_GOOGLE_RATE", 5.0)  # requests per second per process
FACTCHECK_GOOGLE_CACHE_SECONDS = env_int("FACTCHECK_GOOGLE_CACHE_SECONDS", 86400)
# Largest fact-check file an editor may upload (the page and the API); the command has no limit.
FACTCHECK_IMPORT_MAX_BYTES = env_int("FACTCHECK_IMPORT_MAX_BYTES", 50 * 1024 * 1024)
# Articles by URL (claims/ingest): pages on loopback, private, link-local or metadata addresses
# are refused, checked after DNS resolution, unless the host (a name or an address) is listed.
FACTCHECK_FETCH_ALLOWED_HOSTS = env_list("FACTCHECK_FETCH_ALLOWED_HOSTS")
FACTCHECK_FETCH_CONNECT_TIMEOUT = env_float("FACTCHECK_FETCH_CONNECT_TIMEOUT", 5.0)
FACTCHECK_FETCH_READ_TIMEOUT = env_float("FACTCHECK_FETCH_READ_TIMEOUT", 10.0)
# The whole fetch, redirects included; below CELERY_TASK_SOFT_TIME_LIMIT.
FACTCHECK_FETCH_TOTAL_TIMEOUT = env_float("FACTCHECK_FETCH_TOTAL_TIMEOUT", 30.0)
FACTCHECK_FETCH_MAX_BYTES = env_int("FACTCHECK_FETCH_MAX_BYTES", 5 * 1024 * 1024)
FACTCHECK_FETCH_MAX_REDIRECTS = env_int("FACTCHECK_FETCH_MAX_REDIRECTS", 5)
FACTCHECK_FETCH_USER_AGENT = env_str(
    "FACTCHECK_FETCH_USER_AGENT", f"FactCheckDesk/1.0 (+{FACTCHECK_ORGANIZATION_URL})"
)
# Attempts (time-outs, 5xx…) before a fetch is marked failed; a fetch left pending this long is
# sent again by the sweeper.
FACTCHECK_FETCH_MAX_ATTEMPTS = env_int("FACTCHECK_FETCH_MAX_ATTEMPTS", 4)
FACTCHECK_FETCH_STALE_SECONDS = env_int("FACTCHECK_FETCH_STALE_SECONDS", 300)
# Evidence: the largest document a reviewer may upload (PDF or image) and the largest page or
# file a link's snapshot keeps (both stored in the database).
FACTCHECK_EVIDENCE_MAX_BYTES = env_int("FACTCHECK_EVIDENCE_MAX_BYTES", 10 * 1024 * 1024)
# Feeds: the longest wait of a failing feed (its interval doubles per failure up to this).
FACTCHECK_FEED_BACKOFF_MAX_MINUTES = env_int("FACTCHECK_FEED_BACKOFF_MAX_MINUTES", 360)
FACTCHECK_FEED_MIN_INTERVAL_MINUTES = env_int("FACTCHECK_FEED_MIN_INTERVAL_MINUTES", 5)
# Most articles (pasted or URLs) in one POST /api/articles/bulk/ (413 beyond); the command
# import_articles streams a file of any length.
FACTCHECK_BULK_ARTICLES_MAX = env_int("FACTCHECK_BULK_ARTICLES_MAX", 500)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # In process, a line per task would drown the server's own output.
    "loggers": {"celery": {"level": "WARNING" if not REDIS_URL else env_str("LOG_LEVEL", "INFO")}},
}
