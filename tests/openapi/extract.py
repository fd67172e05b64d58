#!/usr/bin/env python3
"""Extracts from Meta's OpenAPI description of the Business Messaging API
(MIT, see LICENSE here) the schemas the requests we send use, following
every $ref from each root (InteractiveMessage, TextMessage,
ReactionMessage), into
schemas.json.

usage: python3 tests/openapi/extract.py PATH/TO/meta-business-messaging-openapi-v23.0.yaml
(needs PyYAML). The output is committed; tests/openapi.rs validates the
golden payloads against it.
"""
import json
import pathlib
import sys

import yaml

ROOTS = ["InteractiveMessage", "TextMessage", "ReactionMessage"]


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[-1]
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def main():
    spec = yaml.safe_load(pathlib.Path(sys.argv[1]).read_text())
    schemas = spec["components"]["schemas"]
    wanted, todo = {}, list(ROOTS)
    while todo:
        name = todo.pop()
        if name in wanted:
            continue
        wanted[name] = schemas[name]
        todo.extend(refs(schemas[name]))
    out = {
        "source": f"{spec['info']['title']} {spec['info']['version']}, components.schemas",
        "roots": ROOTS,
        "schemas": dict(sorted(wanted.items())),
    }
    path = pathlib.Path(__file__).with_name("schemas.json")
    path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(wanted)} schemas -> {path}")


if __name__ == "__main__":
    main()
