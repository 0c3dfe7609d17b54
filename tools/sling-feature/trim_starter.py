#!/usr/bin/env python3
"""Writes Lede's trimmed Sling 12 feature from the Sling starter feature.

Input: org.apache.sling:org.apache.sling.starter:12:slingosgifeature:oak_tar (from the local Maven repository; fetch
it with `mvn dependency:get -Dartifact=org.apache.sling:org.apache.sling.starter:12:slingosgifeature:oak_tar`).
Output: integration-tests/src/main/resources/io/lede/sling/sling-starter-12-trimmed.slingosgifeature.json

Dropped: the 8 artifacts Maven Central does not serve, sling.hc.support (needs the missing general checks), the
general checks' configurations and the ServiceUnavailableFilter that answers 503 outside /system while the missing
checks never pass, the composum login-admin fragment, and the build-only extensions of the assembled feature.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STARTER = os.path.expanduser(
    "~/.m2/repository/org/apache/sling/org.apache.sling.starter/12/org.apache.sling.starter-12-oak_tar.slingosgifeature")
OUT = os.path.join(ROOT, "integration-tests/src/main/resources/io/lede/sling/sling-starter-12-trimmed.slingosgifeature.json")

DROPPED_BUNDLES = {
    "org.apache.sling:org.apache.sling.models.caconfig:1.0.0",
    "org.apache.felix:org.apache.felix.healthcheck.generalchecks:2.0.14",
    "com.composum.nodes:composum-nodes-commons:4.0.1",
    "com.composum.nodes:composum-nodes-console:4.0.1",
    "com.composum.nodes:composum-nodes-jslibs:4.0.1",
    "com.composum.nodes:composum-nodes-pckgmgr:4.0.1",
    "com.composum.nodes:composum-nodes-usermgr:4.0.1",
    "org.apache.sling:org.apache.sling.starter.content:1.0.12",
    "org.apache.sling:org.apache.sling.hc.support:1.0.6",
}
DROPPED_CONFIG_PREFIXES = (
    "org.apache.felix.hc.generalchecks.",
    "org.apache.felix.hc.core.impl.filter.ServiceUnavailableFilter~startupandshutdown",
    "org.apache.sling.serviceusermapping.impl.ServiceUserMapperImpl.amended~hc-support",
    "org.apache.sling.jcr.base.internal.LoginAdminWhitelist.fragment~composum",
)
DROPPED_EXTENSIONS = ("assembled-features:", "feature-internal-data:")


def bundle_id(b):
    return b if isinstance(b, str) else b["id"]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else STARTER
    with open(src, encoding="utf-8") as f:
        feature = json.load(f)
    out = {}
    for key, value in feature.items():
        if key.startswith(DROPPED_EXTENSIONS):
            continue
        out[key] = value
    out["id"] = "io.lede:lede-sling-starter:slingosgifeature:trimmed:12"
    out["title"] = "Apache Sling 12 starter (oak_tar), trimmed for Lede's tests"
    kept = [b for b in feature["bundles"] if bundle_id(b) not in DROPPED_BUNDLES]
    missing = DROPPED_BUNDLES - {bundle_id(b) for b in feature["bundles"]}
    if missing:
        sys.exit("not in the starter feature: " + ", ".join(sorted(missing)))
    out["bundles"] = kept
    out["configurations"] = {k: v for k, v in feature["configurations"].items()
                             if not k.startswith(DROPPED_CONFIG_PREFIXES)}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"{OUT}: {len(kept)} bundles, {len(out['configurations'])} configurations")


if __name__ == "__main__":
    main()
