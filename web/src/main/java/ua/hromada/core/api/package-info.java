/**
 * The JSON API under /api/v1: thin JAX-RS resources over core session beans, DTO records in and
 * out, RFC 9457 problem+json for every failure.
 */
package ua.hromada.core.api;
