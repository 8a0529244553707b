/** Demo communities and announcements, loaded once when the run command switches demo mode on. */
package ua.hromada.core.demo;
