import { expect } from '@open-wc/testing';
import type { SinonStub } from 'sinon';

/**
 * Asserts how many times a stubbed console method was called, naming what it said.
 *
 * Not sinon-chai's `calledOnce`: in this runner a failing assertion whose `actual` is a spy
 * (or a DOM element) never reaches the terminal; the whole file hangs until the two-minute
 * limit with no message. A count and the words logged fail quickly and say why. The same
 * reason keeps elements out of `expect(…)` throughout these tests.
 */
export function expectCalls(stub: SinonStub, times: number): void {
  const said = stub.args.map((args) => args.map(String).join(' ')).join(' | ');
  expect(stub.callCount, `console calls: ${said || '(none)'}`).to.equal(times);
}

/** The first message a stubbed console method was given. */
export function firstMessage(stub: SinonStub): string {
  return String(stub.firstCall?.args[0] ?? '');
}
