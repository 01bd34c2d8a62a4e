#!/usr/bin/python3
"""Checks docs/api/openapi.yaml, and real responses against it.

usage: openapi_check.py SPEC [EXCHANGES.json]

The spec must be OpenAPI 3.1 with valid JSON Schemas (Draft 2020-12), every $ref must resolve and
every operation must have an operationId. Each recorded exchange ({method, path, status, body})
must match a documented path, method and status, and a JSON body must validate against the
documented schema. Exits 1 with one line per problem.
"""
import json
import re
import sys

import yaml
from jsonschema import Draft202012Validator, RefResolver

problems = []


def refs(node, found):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                found.append(v)
            else:
                refs(v, found)
    elif isinstance(node, list):
        for v in node:
            refs(v, found)


def resolve(spec, ref):
    node = spec
    for part in ref.lstrip("#/").split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def deref(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        node = resolve(spec, node["$ref"])
    return node


SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def snake_case_keys(node, where, out):
    """Every property a schema names, and every key of a JSON body, is snake_case."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("properties",) and isinstance(v, dict):
                out.extend(f"{where}: key {name!r} is not snake_case" for name in v if not SNAKE.match(name))
            if k == "required" and isinstance(v, list):
                out.extend(f"{where}: key {name!r} is not snake_case" for name in v if not SNAKE.match(str(name)))
            snake_case_keys(v, where, out)
    elif isinstance(node, list):
        for v in node:
            snake_case_keys(v, where, out)


def body_keys(node, where, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if not SNAKE.match(k):
                out.append(f"{where}: answered key {k!r} is not snake_case")
            body_keys(v, where, out)
    elif isinstance(node, list):
        for v in node:
            body_keys(v, where, out)


def check_spec(spec):
    snake_case_keys(spec.get("components", {}).get("schemas", {}), "components.schemas", problems)
    if not str(spec.get("openapi", "")).startswith("3.1"):
        problems.append("openapi: must be 3.1.x")
    found = []
    refs(spec, found)
    for ref in found:
        if not ref.startswith("#/") or resolve(spec, ref) is None:
            problems.append(f"unresolved $ref {ref}")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as e:  # noqa: BLE001 - report any schema error
            problems.append(f"schema {name}: {e}")
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method == "parameters":
                continue
            if "operationId" not in op:
                problems.append(f"{method.upper()} {path}: no operationId")
            if not op.get("responses"):
                problems.append(f"{method.upper()} {path}: no responses")


def template_regex(path):
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", re.escape(path).replace(r"\{", "{").replace(r"\}", "}")) + "$")


def check_exchange(spec, resolver, ex):
    where = f"{ex['method']} {ex['path']} -> {ex['status']}"
    for path, item in spec["paths"].items():
        if template_regex(path).match(ex["path"]):
            break
    else:
        problems.append(f"{where}: path not documented")
        return
    op = item.get(ex["method"].lower())
    if op is None:
        if ex["status"] != 405:
            problems.append(f"{where}: method not documented")
        return
    response = deref(spec, op["responses"].get(str(ex["status"])))
    if response is None:
        problems.append(f"{where}: status not documented")
        return
    content = response.get("content", {})
    if ex.get("body") is None:
        if "application/json" in content:
            problems.append(f"{where}: documented as JSON, but the answer is not")
        return
    schema = content.get("application/json", {}).get("schema")
    if schema is None:
        problems.append(f"{where}: JSON answer not documented")
        return
    body_keys(ex["body"], where, problems)
    for error in Draft202012Validator(schema, resolver=resolver).iter_errors(ex["body"]):
        problems.append(f"{where}: {error.message} at {list(error.absolute_path)}")


def main():
    spec = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    check_spec(spec)
    if len(sys.argv) > 2:
        resolver = RefResolver("", spec)
        exchanges = json.load(open(sys.argv[2], encoding="utf-8"))
        for ex in exchanges:
            check_exchange(spec, resolver, ex)
        print(f"openapi_check: {len(exchanges)} exchange(s) checked")
    for p in problems:
        print(f"openapi_check: {p}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
