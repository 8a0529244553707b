/**
 * Legal and scheduled deadlines as rows, processed by one persistent sweeper timer; a platform
 * table (not tenant-filtered) that names the community each deadline belongs to.
 */
package ua.hromada.core.deadline;
