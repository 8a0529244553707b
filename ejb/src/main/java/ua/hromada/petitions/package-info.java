/**
 * Local e-petitions: lifecycle, signing, tally, deadlines and notices. Session beans here own the
 * transactions and check every call through {@link ua.hromada.petitions.PetitionPermissions};
 * depends on core only, never on another tool.
 */
package ua.hromada.petitions;
