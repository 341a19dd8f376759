"""Create the demo accounts (editor, reviewer, api) and print their credentials.

The passwords are kept in FACTCHECK_DEMO_CREDENTIALS (var/demo_credentials.txt; a volume in the
full stack), so running it again, or recreating a container, keeps them."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from rest_framework.authtoken.models import Token

from claims.permissions import EDITOR, REVIEWER, ROLES, SUBMITTER

DEMO = [("editor", EDITOR), ("reviewer", REVIEWER), ("reviewer2", REVIEWER), ("api", SUBMITTER)]


class Command(BaseCommand):
    help = "Create the role groups and the demo users; print passwords and the api token."

    def handle(self, *args, **options):
        for role in ROLES:
            Group.objects.get_or_create(name=role)
        store = settings.FACTCHECK_DEMO_CREDENTIALS
        saved = {}
        if store.exists():
            for line in store.read_text().splitlines():
                name, _, password = line.partition(" ")
                saved[name] = password
        users = get_user_model()
        lines = []
        for username, role in DEMO:
            user, created = users.objects.get_or_create(username=username)
            password = saved.get(username)
            if created or not password or not user.check_password(password):
                password = secrets.token_urlsafe(9)
                user.set_password(password)
                user.save()
            user.groups.set([Group.objects.get(name=role)])
            saved[username] = password
            lines.append(f"  {username:<10} {role:<10} password: {password}")
        store.parent.mkdir(parents=True, exist_ok=True)
        store.write_text("".join(f"{k} {v}\n" for k, v in saved.items()))
        store.chmod(0o600)
        token, _ = Token.objects.get_or_create(user=users.objects.get(username="api"))
        self.stdout.write("Demo users:")
        self.stdout.write("\n".join(lines))
        self.stdout.write(f"  api token: {token.key}")
