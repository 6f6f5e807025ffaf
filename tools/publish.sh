#!/usr/bin/env bash
# Publishes the sectorscope command as it is deployed: Release, framework-dependent, ReadyToRun (nothing compiled
# at start-up), into OUT. `./run.sh install` installs this build and the benchmarks time it.
#   tools/publish.sh OUT
set -euo pipefail
out="$(realpath -m "${1:?usage: tools/publish.sh OUT}")"
cd "$(dirname "$0")/.."
dotnet publish src/SectorScope.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -v q -nologo
