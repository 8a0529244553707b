/**
 * Participatory budget: so far its two selection rules (by votes, the Method of Equal Shares) over
 * an approval vote, and the reading of pabulib files. Pure rules; depends on core only.
 */
package ua.hromada.budget;
