#!/bin/sh
# Writes seed inputs for the fuzz targets into fuzz/corpus/<target>/, made from codes.toml:
# every phrase, former phrase, variant name and vendor phrase, each code with its phrase, and each code
# as JSON and as postcard bytes. The fuzzer grows the corpus from there; it is not
# committed (see .gitignore). Run from anywhere: fuzz/seed.sh
set -eu
cd "$(dirname "$0")"
for target in from_reason from_str deserialize_json deserialize_postcard; do
    mkdir -p "corpus/$target"
done

# Byte-oriented awk, so that printf "%c" writes single bytes.
LC_ALL=C awk '
    function seed(target, text) {
        seeds++
        file = "corpus/" target "/codes-toml-" seeds
        printf "%s", text > file
        close(file)
    }
    function quoted(line) {
        sub(/^[a-z]+ = "/, "", line)
        sub(/"$/, "", line)
        return line
    }
    # postcard writes a u16 as a varint: seven bits a byte, low bits first.
    function varint(n,    bytes) {
        bytes = ""
        while (n >= 128) {
            bytes = bytes sprintf("%c", n % 128 + 128)
            n = int(n / 128)
        }
        return bytes sprintf("%c", n)
    }
    function phrase(text) {
        seed("from_reason", text)
        seed("from_str", text)
        seed("deserialize_json", "\"" text "\"")
        if (code != "") {
            seed("from_str", code " " text)
            seed("deserialize_json", "\"" code " " text "\"")
        }
    }
    /^\[/ { code = "" }
    /^code = [0-9]+$/ {
        code = $3
        seed("from_str", code)
        seed("deserialize_json", code)
        seed("deserialize_json", "\"" code "\"")
        seed("deserialize_postcard", varint(code))
    }
    /^(name|reason|phrase) = "/ { phrase(quoted($0)) }
    /^former = \[/ {
        list = $0
        sub(/^former = \[ *"/, "", list)
        sub(/" *\]$/, "", list)
        count = split(list, formers, /" *, *"/)
        for (i = 1; i <= count; i++) phrase(formers[i])
    }
    END {
        # Numbers at and past the edges of what the parsers accept.
        split("0 99 100 599 600 999 1000 65535", edges, " ")
        for (i in edges) {
            seed("from_str", edges[i])
            seed("deserialize_json", edges[i])
            seed("deserialize_postcard", varint(edges[i]))
        }
        print seeds " seeds written from codes.toml"
    }
' ../codes.toml
