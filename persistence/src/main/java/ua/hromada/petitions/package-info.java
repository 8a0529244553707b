/**
 * Local e-petitions: petitions, their signatures and status history, and the rules each was created
 * under. Depends on core only (tenancy, identity); never on another tool.
 */
package ua.hromada.petitions;
