/**
 * Public consultations: the moderators' preparation and publication, people's comments, replies
 * and support, the close at the end, and the tool's manifest. Depends on core only.
 */
package ua.hromada.consultations;
