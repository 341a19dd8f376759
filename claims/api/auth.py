"""POST /api/auth/token/: a REST client trades a username and password for its token.

Guarded by the same lockout as the login page (django-axes, claims/logins.py): the credentials
are checked through django.contrib.auth.authenticate with the request, so failures count, and a
locked-out client gets 429 with the message (AxesMiddleware answers for it)."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView


class ObtainToken(APIView):
    """Exchange a username and password for the account's API token (created on first use)."""

    authentication_classes: list = []  # the credentials are the body; no session, no CSRF
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="auth_token_create",
        tags=["auth"],
        auth=[],
        request=AuthTokenSerializer,
        responses={
            200: inline_serializer("TokenOutput", {"token": serializers.CharField()}),
            400: OpenApiResponse(description="Wrong username or password, or a field missing."),
            429: OpenApiResponse(
                description="Too many failed logins for this account or address: locked out for "
                "FACTCHECK_LOGIN_LOCKOUT_MINUTES (Retry-After says how long)."
            ),
        },
    )
    def post(self, request):
        # The plain HttpRequest: axes marks it when the client is locked out, and its middleware
        # then answers 429 instead of the 400 below.
        data = AuthTokenSerializer(data=request.data, context={"request": request._request})
        data.is_valid(raise_exception=True)
        token, _ = Token.objects.get_or_create(user=data.validated_data["user"])
        return Response({"token": token.key})
