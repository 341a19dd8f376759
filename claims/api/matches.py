"""The evidence desk over the API: a claim's "checked before" candidates, confirming or rejecting
one, and running the corroboration providers again. The rules are the claim page's
(``claims.permissions.corroboration_refusal``: the reviewer holding the claim, or an editor)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors, services
from claims.models import Claim
from claims.selectors_matching import claim_match_candidates

from . import serializers as s

ERRORS = {
    403: OpenApiResponse(description="Only the reviewer holding the claim, or an editor, may."),
    404: OpenApiResponse(description="No such claim or candidate."),
}


class ClaimMatches(APIView):
    @extend_schema(
        responses={200: s.MatchCandidateSerializer(many=True), 404: ERRORS[404]},
        summary="The fact checks the matcher found for a claim (confirmed first, rejected last)",
    )
    def get(self, request, pk: int):
        get_object_or_404(Claim.objects.only("id"), pk=pk)
        return Response(s.MatchCandidateSerializer(claim_match_candidates(claim_id=pk), many=True).data)


class ClaimMatchJudge(APIView):
    @extend_schema(
        request=s.MatchJudgementSerializer,
        responses={
            200: s.MatchCandidateSerializer,
            400: OpenApiResponse(description="Invalid body: field messages."),
            **ERRORS,
        },
        summary="Confirm (same claim) or reject (different claim) a candidate; kept in history",
    )
    def post(self, request, pk: int, candidate: int):
        data = s.MatchJudgementSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        judged = services.match_judge(
            candidate_id=candidate, claim_id=pk, actor=request.user, same=data.validated_data["same"]
        )
        return Response(s.MatchCandidateSerializer(judged).data)


class ClaimCorroborationRerun(APIView):
    @extend_schema(
        request=None,
        responses={
            202: s.ClaimDetailSerializer,
            **ERRORS,
            409: OpenApiResponse(
                description="The providers are running on this claim now, or the claim is approved "
                "(reopen it for a correction) or dismissed."
            ),
        },
        summary="Run the corroboration providers on the claim again",
    )
    def post(self, request, pk: int):
        services.corroboration_rerun(claim_id=pk, actor=request.user)
        return Response(
            s.ClaimDetailSerializer(selectors.claim_detail(claim_id=pk)).data, status=status.HTTP_202_ACCEPTED
        )
