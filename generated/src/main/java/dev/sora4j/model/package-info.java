// Generated from openapi/videos.yaml by OpenAPI Generator with the templates in templates/.
// Do not edit: change the spec or a template and rebuild.
/**
 * The objects of the Videos API, generated from {@code openapi/videos.yaml}: immutable, built
 * with builders, parsed and written by Moshi through generated adapters.
 *
 * <p>Accessors of required properties return the value; accessors of optional or nullable
 * properties return {@link java.util.Optional}. Open value sets (model, seconds, size) are
 * classes with constants and {@code of(String)}; closed ones are enums with an {@code UNKNOWN}
 * constant.
 */
package dev.sora4j.model;
