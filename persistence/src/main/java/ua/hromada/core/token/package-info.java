/**
 * Personal API tokens: who holds one, for which community and scope, until when; only the hash of
 * the secret. Depends on core's access vocabulary, on no tool.
 */
package ua.hromada.core.token;
