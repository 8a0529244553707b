/**
 * OpenID Connect sign-in (authorization code flow with PKCE, state and nonce) through the
 * providers configured in WildFly, and the signed-in session. Protocol work is Nimbus's.
 */
package ua.hromada.core.web.signin;
