#!/usr/bin/env bash
# The two entry points of the README, each enough on a fresh Debian 12 machine with the .NET 10 SDK:
#   ./run.sh demo [report options]   the demo report from the bundled workspace → out/2024-11/
#   ./run.sh test                    build, style check and every test
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command="${1:-}"
shift || true
case "$command" in
  demo)
    bash tools/install-deps.sh
    dotnet run --project src/SectorScope.Cli -c Release -- report "$@"
    ;;
  test)
    bash tools/install-deps.sh
    dotnet build SectorScope.slnx -c Release
    dotnet format SectorScope.slnx --verify-no-changes --no-restore
    dotnet test SectorScope.slnx -c Release --no-build
    ;;
  *)
    echo "usage: ./run.sh demo [report options] | ./run.sh test" >&2
    exit 2
    ;;
esac
