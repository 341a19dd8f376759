from .permissions import EDITOR, REVIEWER, SUBMITTER, user_roles


def roles(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"is_editor": False, "is_reviewer": False}
    held = user_roles(user)
    return {
        "is_editor": user.is_superuser or EDITOR in held,
        "is_reviewer": user.is_superuser or bool({REVIEWER, EDITOR} & held),
        "is_submitter": user.is_superuser or bool({SUBMITTER, REVIEWER, EDITOR} & held),
    }
