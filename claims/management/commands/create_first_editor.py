"""Create the first editor of a real deployment from the environment (safe to run again)."""

from __future__ import annotations

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from claims.permissions import EDITOR, ROLES


class Command(BaseCommand):
    help = (
        "Create the role groups and, from FACTCHECK_ADMIN_USERNAME and FACTCHECK_ADMIN_PASSWORD "
        "(or --username/--password), an editor who may also use the admin to create the other "
        "accounts. An existing account keeps its password; it is only made an editor again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("FACTCHECK_ADMIN_USERNAME", ""))
        parser.add_argument("--password", default=os.environ.get("FACTCHECK_ADMIN_PASSWORD", ""))
        parser.add_argument("--email", default=os.environ.get("FACTCHECK_ADMIN_EMAIL", ""))

    def handle(self, *args, username: str, password: str, email: str, **options):
        for role in ROLES:
            Group.objects.get_or_create(name=role)
        username = username.strip()
        if not username:
            self.stdout.write("No first editor: FACTCHECK_ADMIN_USERNAME is not set.")
            return
        users = get_user_model()
        user = users.objects.filter(username=username).first()
        if user is None:
            if not password:
                raise CommandError(f"Set FACTCHECK_ADMIN_PASSWORD to create the editor {username!r}.")
            candidate = users(username=username, email=email)
            try:
                validate_password(password, candidate)
            except ValidationError as exc:
                raise CommandError(
                    f"FACTCHECK_ADMIN_PASSWORD is too weak: {' '.join(exc.messages)}"
                ) from None
            user = users.objects.create_superuser(username=username, email=email, password=password)
            self.stdout.write(f"Created the editor {username}.")
        else:
            self.stdout.write(f"The editor {username} exists; its password is left as it is.")
        user.groups.add(Group.objects.get(name=EDITOR))
        if not (user.is_staff and user.is_superuser and user.is_active):
            user.is_staff = user.is_superuser = user.is_active = True
            user.save(update_fields=["is_staff", "is_superuser", "is_active"])
