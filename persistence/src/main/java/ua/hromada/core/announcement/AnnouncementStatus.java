package ua.hromada.core.announcement;

/** SCHEDULED waits for its publication time; only PUBLISHED is shown to residents. */
public enum AnnouncementStatus {
    SCHEDULED, PUBLISHED, WITHDRAWN
}
