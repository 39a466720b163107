export { parseFeed } from './parse-feed.js';
export { parseFeedDate } from './dates.js';
export { safeHttpUrl } from './links.js';
