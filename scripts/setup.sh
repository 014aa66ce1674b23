#!/usr/bin/env bash
# Installs what NotifyWire needs to build and test: Debian's C libraries and compilers, and the Python
# peers that check our bytes. Idempotent: does nothing that is already done.
set -euo pipefail

PYTHON="${PYTHON:-python3}"
# chromium (headless) and a font for it: the end-to-end tests open the demo page in a real browser.
# postgresql: initdb and pg_ctl (/usr/lib/postgresql/*/bin), for the PostgreSQL engine's tests, which start their
# own throwaway cluster in a temporary folder (never the system one, which they leave alone).
# nginx and openssl: the reverse-proxy tests run README's nginx configuration (their own nginx process on loopback
# ports, with a certificate that openssl makes) in front of `notifywire serve`.
debian_packages=(libmsgpack-dev libprotobuf-c-dev protobuf-c-compiler protobuf-compiler pkg-config curl
    chromium fonts-liberation postgresql nginx openssl)
python_packages=(jsonschema protobuf msgpack websockets cryptography)

missing=()
for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ! "$PYTHON" -m pip --version >/dev/null 2>&1; then
    missing+=(python3-pip)
fi
if ((${#missing[@]})); then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! "$PYTHON" -c 'import jsonschema, msgpack, google.protobuf, websockets, cryptography' >/dev/null 2>&1; then
    echo "setup: installing Python peers with $PYTHON: ${python_packages[*]}"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "${python_packages[@]}" \
        || "$PYTHON" -m pip install --quiet --disable-pip-version-check --break-system-packages "${python_packages[@]}"
fi
"$PYTHON" -c 'import jsonschema, msgpack, google.protobuf, websockets, cryptography'
