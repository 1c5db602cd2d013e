/** The peer ranges' ends the packaging test installs (test/peer-ranges.ts): checked without an install, in the unit project. */
import { SUPPORTED_PEER_VERSIONS } from '../lib/peer-dependencies';
import { RANGE_ENDS } from './peer-ranges';

test("the lowest end of the ranges installed by the packaging test is each supported range's lower bound: a raised range raises what is tested", () => {
  const lowerBounds = Object.entries(SUPPORTED_PEER_VERSIONS).map(([name, range]) => [name, range.replace(/^\^/, '')]);
  expect(RANGE_ENDS.lowest).toEqual(Object.fromEntries(lowerBounds));
});
