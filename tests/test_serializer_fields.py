"""claims/api/serializers.FieldsBuiltOnce: a model serializer's fields are worked out once per
class, and every serializer still gets fields of its own, bound to it, for its own object."""

from __future__ import annotations

import pytest

from claims.api import serializers as s

pytestmark = pytest.mark.django_db


def test_each_serializer_has_fields_of_its_own_for_its_own_object(article):
    first, second = article.claims.order_by("position")[:2]
    one, two = s.ClaimSerializer(first), s.ClaimSerializer(second)
    assert one.data["text"] == first.text and two.data["text"] == second.text
    assert one.fields["text"] is not two.fields["text"]
    assert one.fields["text"].parent is one and two.fields["text"].parent is two
    # The copy kept by the class is never handed out, so never bound to a serializer.
    kept = s.ClaimSerializer.__dict__["_fields_built"]
    assert all(field.parent is None for field in kept.values() if hasattr(field, "parent"))


def test_a_subclass_works_out_its_own_fields(article):
    listed = s.ArticleSerializer(article).data
    detailed = s.ArticleDetailSerializer(article).data
    assert "claims" not in listed and "body" not in listed
    assert detailed["claims"] and detailed["body"] == article.body
    assert set(listed) < set(detailed)


def test_answers_are_what_plain_drf_gives(article):
    """The same data as DRF's own field building, field by field (a subclass that builds its
    fields the usual way)."""

    class Plain(s.ArticleDetailSerializer):
        def get_fields(self):
            return super(s.FieldsBuiltOnce, self).get_fields()

    assert s.ArticleDetailSerializer(article).data == Plain(article).data
