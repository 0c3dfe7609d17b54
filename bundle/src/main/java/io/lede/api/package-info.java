/**
 * Lede's public types: the article a CMS publishes, the enrichment Lede adds to it, and the
 * service interfaces a host may implement (article sources, enrichment steps).
 */
@Version("1.0.0")
@Export
package io.lede.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
