#!/usr/bin/env bash
# The two entry points of the README, each enough on a fresh Debian 12 machine with the .NET 10 SDK:
#   ./run.sh demo [report options]   the demo report from the bundled workspace → out/2024-11/
#   ./run.sh test                    build, style check and every test
#   ./run.sh install                 a published, ReadyToRun `sectorscope` command on the PATH
#                                    (PREFIX, default /usr/local: PREFIX/lib/sectorscope and PREFIX/bin/sectorscope)
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
    # The workbench's browser tests skip without chromium, the shared store's tests without PostgreSQL, when run
    # alone; here (and so in CI) both were just installed and must run: missing, they fail instead of skipping.
    SECTORSCOPE_REQUIRE_BROWSER=1 SECTORSCOPE_REQUIRE_POSTGRES=1 dotnet test SectorScope.slnx -c Release --no-build
    ;;
  install)
    bash tools/install-deps.sh
    prefix="${PREFIX:-/usr/local}"
    # The command's wrapper names the install folder: a relative PREFIX would name a folder that moves with the caller.
    case "$prefix" in /*) ;; *) echo "PREFIX must be an absolute path, not '$prefix'" >&2; exit 2 ;; esac
    # Published beside the old copy and swapped in whole, so a failed publish leaves the installed command working.
    staging="$prefix/lib/.sectorscope-new"
    rm -rf "$staging"
    bash tools/publish.sh "$staging"
    mkdir -p "$prefix/bin"
    rm -rf "$prefix/lib/sectorscope.old"
    if [ -d "$prefix/lib/sectorscope" ]; then mv "$prefix/lib/sectorscope" "$prefix/lib/sectorscope.old"; fi
    mv "$staging" "$prefix/lib/sectorscope"
    rm -rf "$prefix/lib/sectorscope.old"
    printf '#!/bin/sh\nexport DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1\nexec dotnet "%s/lib/sectorscope/SectorScope.Cli.dll" "$@"\n' "$prefix" >"$prefix/bin/sectorscope"
    chmod 755 "$prefix/bin/sectorscope"
    echo "installed: $prefix/bin/sectorscope (run: sectorscope --help)"
    ;;
  *)
    echo "usage: ./run.sh demo [report options] | ./run.sh test | ./run.sh install" >&2
    exit 2
    ;;
esac
