/** The consultations tool's public JSON under /api/v1. */
package ua.hromada.consultations.api;
