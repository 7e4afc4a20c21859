import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../src/cli/closestName.js';

const FLAGS = [
  'profile',
  'regions',
  'access-key-id',
  'secret-key',
  'session-token',
  'output-path',
  'max-high-suspicion',
  'max-unassociated-eips',
  'role-name',
  'quiet',
  'verbose',
];

describe('closestName', () => {
  it.each([
    ['Regions', 'regions', 'the same but for case'],
    ['regoins', 'regions', 'two letters swapped'],
    ['quite', 'quiet', 'two letters swapped, in a short name'],
    ['profle', 'profile', 'a letter missing'],
    ['max-high-suspiciom', 'max-high-suspicion', 'a letter wrong'],
    ['role', 'role-name', 'the start of one name'],
    ['suspicion', 'max-high-suspicion', 'a part of one name'],
    ['regions-list', 'regions', 'one name and more'],
    ['output-dir', 'output-path', 'the first word of one name'],
    ['secret-access-key', 'secret-key', 'the first word of one name'],
  ])('%s -> %s (%s)', (typed, meant) => {
    expect(closestName(typed, FLAGS)).toBe(meant);
  });

  it.each([
    ['frobnicate', 'nothing near'],
    ['key', 'a part of two names'],
    ['max', 'the first word of two names'],
    ['x', 'too short to tell'],
  ])('%s -> none (%s)', (typed) => {
    expect(closestName(typed, FLAGS)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it.each([
    ['regions', 'regions', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['acounts', 'accounts', 1],
    ['quite', 'quiet', 1],
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    // Optimal string alignment: a swapped pair is not edited again.
    ['ca', 'abc', 3],
  ])('%s -> %s: %d', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
    expect(editDistance(b, a)).toBe(edits);
  });
});
