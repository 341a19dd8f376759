from django.urls import path, re_path

from . import auth, bulk_articles, desk, evidence, fact_checks, feeds, grouping, matches, views

urlpatterns = [
    path("auth/token/", auth.ObtainToken.as_view(), name="api-auth-token"),
    path("articles/", views.ArticleListCreate.as_view(), name="api-articles"),
    path("articles/bulk/", bulk_articles.ArticlesBulk.as_view(), name="api-articles-bulk"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="api-article"),
    path("articles/<int:pk>/refetch/", views.ArticleRefetch.as_view(), name="api-article-refetch"),
    path(
        "articles/<int:pk>/versions/<int:number>/",
        views.ArticleVersionDetail.as_view(),
        name="api-article-version",
    ),
    path("claims/", views.ClaimList.as_view(), name="api-claims"),
    path("claims/next/", views.ClaimTakeNext.as_view(), name="api-claim-next"),
    path("claims/bulk/", desk.ClaimsBulk.as_view(), name="api-claims-bulk"),
    path("claims/<int:pk>/", views.ClaimDetail.as_view(), name="api-claim"),
    path("claims/<int:pk>/take/", views.ClaimTake.as_view(), name="api-claim-take"),
    path("claims/<int:pk>/release/", views.ClaimRelease.as_view(), name="api-claim-release"),
    path("claims/<int:pk>/review/", views.ClaimGiveVerdict.as_view(), name="api-claim-review"),
    path("claims/<int:pk>/approve/", views.ClaimApprove.as_view(), name="api-claim-approve"),
    path("claims/<int:pk>/send-back/", views.ClaimSendBack.as_view(), name="api-claim-send-back"),
    path("claims/<int:pk>/dismiss/", views.ClaimDismiss.as_view(), name="api-claim-dismiss"),
    path("claims/<int:pk>/restore/", views.ClaimRestore.as_view(), name="api-claim-restore"),
    path("claims/<int:pk>/reopen/", views.ClaimReopen.as_view(), name="api-claim-reopen"),
    path("claims/<int:pk>/reassign/", views.ClaimReassign.as_view(), name="api-claim-reassign"),
    path("claims/<int:pk>/group/", grouping.ClaimGroup.as_view(), name="api-claim-group"),
    path(
        "claims/<int:pk>/group/verdict/", grouping.ClaimGroupVerdict.as_view(), name="api-claim-group-verdict"
    ),
    path("claims/<int:pk>/group/apply/", grouping.ClaimGroupApply.as_view(), name="api-claim-group-apply"),
    path(
        "claims/<int:pk>/group/<int:member>/confirm/",
        grouping.ClaimGroupConfirm.as_view(),
        name="api-claim-group-confirm",
    ),
    path(
        "claims/<int:pk>/group/<int:member>/reject/",
        grouping.ClaimGroupReject.as_view(),
        name="api-claim-group-reject",
    ),
    path("claims/<int:pk>/claimreview/", views.ClaimReviewJsonLd.as_view(), name="api-claimreview"),
    path("claims/<int:pk>/matches/", matches.ClaimMatches.as_view(), name="api-claim-matches"),
    path(
        "claims/<int:pk>/matches/<int:candidate>/judge/",
        matches.ClaimMatchJudge.as_view(),
        name="api-claim-match-judge",
    ),
    path(
        "claims/<int:pk>/corroboration/rerun/",
        matches.ClaimCorroborationRerun.as_view(),
        name="api-claim-corroboration-rerun",
    ),
    path("claims/<int:pk>/evidence/", evidence.ClaimEvidenceList.as_view(), name="api-claim-evidence"),
    path("claims/<int:pk>/evidence/<int:item>/", evidence.ClaimEvidenceDetail.as_view(), name="api-evidence"),
    path(
        "claims/<int:pk>/evidence/<int:item>/snapshot/",
        evidence.ClaimEvidenceSnapshot.as_view(),
        name="api-evidence-snapshot",
    ),
    re_path(
        r"^claims/(?P<pk>[0-9]+)/evidence/(?P<item>[0-9]+)/(?P<which>document|original)/$",
        evidence.ClaimEvidenceFile.as_view(),
        name="api-evidence-file",
    ),
    path("feeds/", feeds.FeedList.as_view(), name="api-feeds"),
    path("feeds/<int:pk>/", feeds.FeedDetail.as_view(), name="api-feed"),
    path("feeds/<int:pk>/poll/", feeds.FeedPoll.as_view(), name="api-feed-poll"),
    path("feeds/<int:pk>/items/", feeds.FeedItems.as_view(), name="api-feed-items"),
    path("webhooks/", desk.WebhookList.as_view(), name="api-webhooks"),
    path("webhooks/<int:pk>/", desk.WebhookDetail.as_view(), name="api-webhook"),
    path("webhooks/<int:pk>/deliveries/", desk.WebhookDeliveries.as_view(), name="api-webhook-deliveries"),
    path("exports/claims.<str:export_format>", desk.ExportClaims.as_view(), name="api-export-claims"),
    path("exports/<int:pk>/", desk.ExportJobDetail.as_view(), name="api-export"),
    path("exports/<int:pk>/download/", desk.ExportJobDownload.as_view(), name="api-export-download"),
    path("fact-checks/import/", fact_checks.FactCheckImport.as_view(), name="api-fact-check-import"),
]
