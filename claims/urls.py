from django.contrib.auth import views as auth_views
from django.urls import path, re_path

from . import desk_views, evidence_views, fact_check_views, feed_views, group_views, login_views, views

urlpatterns = [
    path("", views.queue, name="queue"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("lockouts/", login_views.lockouts, name="login-lockouts"),
    path("claims/next/", views.claim_take_next, name="claim-next"),
    path("claims/<int:pk>/", views.claim_page, name="claim"),
    path("claims/<int:pk>/act/<str:action>/", views.claim_act, name="claim-act"),
    path("claims/<int:pk>/renew/", views.claim_renew, name="claim-renew"),
    path(
        "claims/<int:pk>/corroboration/<int:item>/", views.corroboration_resolve, name="corroboration-resolve"
    ),
    path("claims/<int:pk>/matches/<int:candidate>/<str:judgement>/", views.match_judge, name="match-judge"),
    path("claims/<int:pk>/corroboration/rerun/", views.corroboration_rerun, name="corroboration-rerun"),
    path("claims/<int:pk>/evidence/", evidence_views.evidence_new, name="evidence-new"),
    path("claims/<int:pk>/evidence/<int:item>/edit/", evidence_views.evidence_edit, name="evidence-edit"),
    path(
        "claims/<int:pk>/evidence/<int:item>/remove/", evidence_views.evidence_delete, name="evidence-remove"
    ),
    path(
        "claims/<int:pk>/evidence/<int:item>/snapshot/",
        evidence_views.evidence_resnapshot,
        name="evidence-snapshot-again",
    ),
    path("claims/<int:pk>/evidence/<int:item>/copy/", evidence_views.evidence_copy, name="evidence-copy"),
    re_path(
        r"^claims/(?P<pk>[0-9]+)/evidence/(?P<item>[0-9]+)/(?P<which>document|original)/$",
        evidence_views.evidence_download,
        name="evidence-file",
    ),
    path("claims/<int:pk>/group/", group_views.claim_group_page, name="claim-group"),
    path("claims/<int:pk>/group/verdict/", group_views.claim_group_verdict_view, name="claim-group-verdict"),
    path("claims/<int:pk>/group/take/", group_views.claim_group_take_view, name="claim-group-take"),
    path("claims/<int:pk>/group/apply/", group_views.claim_group_apply_view, name="claim-group-apply"),
    path(
        "claims/<int:pk>/group/<int:member>/<str:decision>/",
        group_views.claim_group_decide_view,
        name="claim-group-decide",
    ),
    path("claims/<int:pk>/claimreview.json", views.claimreview_json, name="claim-claimreview"),
    path("articles/", views.article_list, name="articles"),
    path("articles/new/", views.article_new, name="article-new"),
    path("articles/<int:pk>/", views.article_page, name="article"),
    path("articles/<int:pk>/versions/<int:number>/", views.article_version, name="article-version"),
    path("articles/<int:pk>/fetch-again/", views.article_fetch_again, name="article-fetch-again"),
    path("feeds/", feed_views.feed_list, name="feeds"),
    path("feeds/new/", feed_views.feed_new, name="feed-new"),
    path("feeds/<int:pk>/", feed_views.feed_page, name="feed"),
    path("feeds/<int:pk>/edit/", feed_views.feed_edit, name="feed-edit"),
    path("feeds/<int:pk>/<str:action>/", feed_views.feed_act, name="feed-act"),
    path("dashboard/", desk_views.dashboard, name="dashboard"),
    path("claims/bulk/", desk_views.claims_bulk, name="claims-bulk"),
    path("exports/claims.<str:export_format>", desk_views.export_claims, name="export-claims"),
    path("exports/<int:pk>/", desk_views.export_job, name="export-job"),
    path("exports/<int:pk>/download/", desk_views.export_download, name="export-download"),
    path("fact-checks/import/", fact_check_views.fact_check_import, name="fact-check-import"),
]
