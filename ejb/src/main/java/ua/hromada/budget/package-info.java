/**
 * Participatory budget: contests (their categories, stages and rules, prepared and published by
 * moderators, moved on by the deadline sweeper), the two selection rules (by votes, the Method of
 * Equal Shares) over an approval vote, and the reading of pabulib files. Depends on core only.
 */
package ua.hromada.budget;
