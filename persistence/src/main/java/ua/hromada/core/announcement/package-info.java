/**
 * Community announcements: the first community-owned data, read on the community home page and
 * through the API. Scheduled announcements are published by the deadline sweeper.
 */
package ua.hromada.core.announcement;
