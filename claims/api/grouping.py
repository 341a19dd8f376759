"""Same claim, many articles: a lead claim's group, confirm or reject a member, the group verdict."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.models import Claim, ClaimGroupMember
from claims.services.grouping import claim_group_apply_verdict, claim_group_decide, claim_group_give_verdict

from .fields import WholeNumber
from .serializers import ClaimDetailSerializer, ClaimSerializer, ReviewSerializer, UserField

GROUP_ERRORS = {
    403: OpenApiResponse(description="Only the reviewer holding the lead claim, or an editor, may do this."),
    404: OpenApiResponse(description="No such claim, or the claim is not in this group."),
    409: OpenApiResponse(description="The member is in another group, or the lead has no verdict yet."),
}


class QueueClaimSerializer(ClaimSerializer):
    """A queue row: a claim, and how many more claims saying the same thing its group holds."""

    group_more = serializers.IntegerField(
        read_only=True, default=0, help_text="Open claims grouped under this one (the “+N more”)."
    )

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "group_more"]
        read_only_fields = fields


class _MemberClaimSerializer(serializers.ModelSerializer):
    assignee = UserField()

    class Meta:
        model = Claim
        fields = ["id", "article", "text", "speaker", "status", "verdict", "assignee", "version"]
        read_only_fields = fields


class GroupMemberSerializer(serializers.ModelSerializer):
    claim = _MemberClaimSerializer(source="member", read_only=True)
    decided_by = UserField()

    class Meta:
        model = ClaimGroupMember
        fields = ["claim", "state", "cosine", "decided_by", "decided_at", "created_at"]
        read_only_fields = fields


class GroupSerializer(serializers.Serializer):
    lead = serializers.IntegerField(help_text="The claim the group is read from.")
    member_of = serializers.IntegerField(
        allow_null=True, help_text="When this claim is itself a member: the lead of its group."
    )
    members = GroupMemberSerializer(many=True)


class GroupVerdictInSerializer(ReviewSerializer):
    apply_to_members = serializers.BooleanField(
        default=True, help_text="Also give the verdict to every confirmed, still open member."
    )


class SkippedSerializer(serializers.Serializer):
    id = WholeNumber()
    reason = serializers.CharField()


class GroupVerdictOutSerializer(serializers.Serializer):
    lead = ClaimDetailSerializer()
    applied = serializers.ListField(child=serializers.IntegerField(), help_text="Members given the verdict.")
    skipped = SkippedSerializer(many=True, help_text="Members left as they were, and why.")


def _verdict_answer(result) -> Response:
    return Response(
        {
            "lead": ClaimDetailSerializer(selectors.claim_detail(claim_id=result.lead.pk)).data,
            "applied": result.applied,
            "skipped": [{"id": pk, "reason": reason} for pk, reason in result.skipped.items()],
        }
    )


class ClaimGroup(APIView):
    """The claims grouped under this one as saying the same thing (proposed, confirmed, rejected)."""

    @extend_schema(responses={200: GroupSerializer, 404: OpenApiResponse(description="No such claim.")})
    def get(self, request, pk: int):
        get_object_or_404(Claim.objects.only("id"), pk=pk)
        members = selectors.claim_group(lead_id=pk)
        return Response(
            GroupSerializer(
                {"lead": pk, "member_of": selectors.claim_group_lead(claim_id=pk), "members": members}
            ).data
        )


class _Decide(APIView):
    confirm = True

    def post(self, request, pk: int, member: int):
        get_object_or_404(Claim.objects.only("id"), pk=pk)
        membership = claim_group_decide(
            lead_id=pk, member_id=member, actor=request.user, confirm=self.confirm
        )
        membership = ClaimGroupMember.objects.select_related("member", "member__assignee", "decided_by").get(
            pk=membership.pk
        )
        return Response(GroupMemberSerializer(membership).data)


@extend_schema(request=None, responses={200: GroupMemberSerializer, **GROUP_ERRORS})
class ClaimGroupConfirm(_Decide):
    """Confirm that the member says the same thing as the lead (its holder, or an editor)."""

    confirm = True


@extend_schema(request=None, responses={200: GroupMemberSerializer, **GROUP_ERRORS})
class ClaimGroupReject(_Decide):
    """Reject the member: it is not the same claim; it returns to the queue on its own row."""

    confirm = False


class ClaimGroupVerdict(APIView):
    """Give the lead its verdict (its holder) and apply it to the confirmed members: each is taken
    and given the verdict through the review workflow, with its own history. A member someone else
    holds is skipped (listed with the reason), never taken from them."""

    @extend_schema(
        request=GroupVerdictInSerializer,
        responses={
            200: GroupVerdictOutSerializer,
            400: OpenApiResponse(description="Invalid body: field messages."),
            **GROUP_ERRORS,
        },
    )
    def post(self, request, pk: int):
        get_object_or_404(Claim.objects.only("id"), pk=pk)
        data = GroupVerdictInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = claim_group_give_verdict(lead_id=pk, actor=request.user, **data.validated_data)
        return _verdict_answer(result)


class ClaimGroupApply(APIView):
    """Apply the lead's verdict again to confirmed members still open (e.g. one that was held)."""

    @extend_schema(request=None, responses={200: GroupVerdictOutSerializer, **GROUP_ERRORS})
    def post(self, request, pk: int):
        get_object_or_404(Claim.objects.only("id"), pk=pk)
        return _verdict_answer(claim_group_apply_verdict(lead_id=pk, actor=request.user))
