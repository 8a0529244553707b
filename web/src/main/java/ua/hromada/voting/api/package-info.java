/** The voting tool's open data (results and boxes of closed votes) as core's open-data resources serve them. */
package ua.hromada.voting.api;
