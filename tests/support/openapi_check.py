"""Validate real responses against the shipped OpenAPI document (server/dunwatch/api/openapi.json)."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7


def load_document() -> dict:
    return json.loads(resources.files("dunwatch.api").joinpath("openapi.json").read_text(encoding="utf-8"))


class OpenAPIChecker:
    """Find the schema for (path template, method, status) and validate a JSON body against it."""

    def __init__(self, document: dict | None = None):
        self.doc = document or load_document()
        # OpenAPI 3.0 schemas are a JSON Schema draft-7 dialect (no `nullable` is used in ours).
        self.registry = Registry().with_resource("urn:openapi", Resource(self.doc, DRAFT7))

    def response_schema(self, path: str, method: str, status: int) -> dict:
        operation = self.doc["paths"][path][method.lower()]
        responses = operation["responses"]
        if str(status) not in responses:
            raise AssertionError(f"{method} {path} answered {status}, which the OpenAPI document does not list")
        response = responses[str(status)]
        if "$ref" in response:
            response = self.doc["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
        return response["content"]["application/json"]["schema"]

    def validate(self, path: str, method: str, status: int, body) -> None:
        """Raise jsonschema.ValidationError when `body` breaks the documented response schema."""
        schema = dict(self.response_schema(path, method, status))
        schema = {"$ref": "urn:openapi#" + self._pointer(schema)} if "$ref" in schema else schema
        validator = jsonschema.Draft7Validator(schema, registry=self.registry)
        validator.validate(body)

    @staticmethod
    def _pointer(schema: dict) -> str:
        return schema["$ref"][1:]  # "#/components/schemas/X" -> "/components/schemas/X"
