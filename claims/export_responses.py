"""The HTTP answers of an export, for the API and the pages alike: the file as a download."""

from __future__ import annotations

from collections.abc import Iterator

from django.http import FileResponse, StreamingHttpResponse

from .exports import CONTENT_TYPES, file_name
from .models import ExportJob


def streaming_response(chunks: Iterator[str], export_format: str) -> StreamingHttpResponse:
    """The export as a download streamed row by row."""
    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[export_format])
    response["Content-Disposition"] = f'attachment; filename="{file_name(export_format)}"'
    response["Cache-Control"] = "no-store"
    return response


def file_response(job: ExportJob, path) -> FileResponse:
    """The finished export file of ``job`` as a download."""
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=file_name(job.format),
        content_type=CONTENT_TYPES[job.format],
    )
