/**
 * The working-day calendar every legal deadline is computed with: weekends, national public
 * holidays (platform data) and days off a community adds. Pure date arithmetic lives in
 * {@link ua.hromada.core.calendar.WorkingDayCalendar}.
 */
package ua.hromada.core.calendar;
