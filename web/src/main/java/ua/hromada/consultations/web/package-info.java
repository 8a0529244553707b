/** The consultations tool's pages: thin view beans over its session beans. */
package ua.hromada.consultations.web;
