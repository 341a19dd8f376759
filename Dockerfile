FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# Run time only: requirements-dev.txt (tests, lint) is not installed in the image.
COPY requirements.txt constraints.txt ./
RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt
# .dockerignore keeps .git, .venv, var/ (SQLite, keys, demo passwords) and test output out.
COPY . .
# The directories the compose volumes mount, owned by the app user: a named volume starts with
# the image's ownership, so the app can write exports, the model copy and the demo passwords.
RUN SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput \
    && useradd --create-home app \
    && mkdir -p /app/var/exports /app/var/models /app/var/state \
    && chown -R app /app/var
USER app
EXPOSE 8000
CMD ["gunicorn", "factcheck.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60"]
