import { isConnectionLoss, retryOnConnectionLoss } from './connection-loss';

describe(isConnectionLoss.name, () => {
  it.each([
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, true],
    [{ driverError: { message: 'Connection terminated unexpectedly' } }, true],
    [{ message: 'read ECONNRESET', driverError: { code: 'ECONNRESET', syscall: 'read' } }, true],
    [{ message: 'read ECONNRESET' }, true],
    [{ driverError: { code: 'EPIPE', message: 'write EPIPE' } }, true],
    [{ code: '23505', message: 'duplicate key' }, false],
    [new Error('boom'), false],
  ])('should tell lost connections from other errors: %j', (error, expected) => {
    expect(isConnectionLoss(error)).toBe(expected);
  });
});

describe(retryOnConnectionLoss.name, () => {
  it('should retry lost connections up to the limit, and nothing else', async () => {
    let calls = 0;
    const lost = () => Promise.reject(Object.assign(new Error('x'), { code: '57P01' }));
    await expect(retryOnConnectionLoss(() => (calls++, lost()), () => undefined, 3)).rejects.toThrow('x');
    expect(calls).toBe(3);
    calls = 0;
    await expect(retryOnConnectionLoss(() => (calls++, Promise.reject(new Error('bad sql'))), () => undefined)).rejects.toThrow('bad sql');
    expect(calls).toBe(1);
  });
});
