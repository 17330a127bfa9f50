/** Shared by server pages (first page, rendered) and client hooks (the pages after it). */
export const STATIONS_PAGE_SIZE = 50;
export const STATION_MESSAGES_PAGE_SIZE = 50;
export const STATION_COMMANDS_PAGE_SIZE = 20;
