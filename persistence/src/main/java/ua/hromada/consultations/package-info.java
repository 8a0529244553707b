/**
 * Public consultations: questions residents answer in comments, with replies and support. Depends
 * on core only (tenancy, identity); never on another tool.
 */
package ua.hromada.consultations;
