import sys

from django.contrib import admin
from django.http import JsonResponse
from django.urls import include, path
from django.views import defaults
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from claims.health import RETRY_AFTER_SECONDS, database_is_down, health, unavailable_response, wants_json


def healthz(request):
    ok, report = health()
    response = JsonResponse({"status": "ok" if ok else "down", **report}, status=200 if ok else 503)
    if not ok:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request):
    """Django's handler500, called while the exception is being handled: a database outage
    answers 503 with Retry-After (JSON on the API), anything else a 500 (JSON on the API)."""
    if database_is_down(sys.exc_info()[1]):
        return unavailable_response(request)
    if wants_json(request):
        return JsonResponse({"detail": "Server error.", "code": "server_error"}, status=500)
    return defaults.server_error(request)


def page_not_found(request, exception):
    if wants_json(request):
        return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=404)
    return defaults.page_not_found(request, exception)


handler404 = page_not_found
handler500 = server_error

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/", include("claims.api.urls")),
    path("", include("claims.urls")),
]
