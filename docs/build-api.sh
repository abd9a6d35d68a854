#!/usr/bin/env bash
# Builds the API reference from the XML documentation (docfx, a local dotnet tool) into artifacts/api-site.
# Fails on any docfx warning, so a public member without a summary or a broken cross-reference is caught.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
rm -rf artifacts/api-site docs/api/*.yml docs/api/.manifest
dotnet docfx metadata docs/docfx.json --warningsAsErrors
dotnet docfx build docs/docfx.json --warningsAsErrors
echo "API reference: artifacts/api-site/api/"
