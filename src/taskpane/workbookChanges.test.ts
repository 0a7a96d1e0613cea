import { changeFeed } from './workbookChanges';

test('every listener hears each change until it unsubscribes', () => {
  const feed = changeFeed();
  const a = jest.fn();
  const b = jest.fn();
  const stopA = feed.subscribe(a);
  feed.subscribe(b);
  feed.notify();
  stopA();
  feed.notify();
  expect(a).toHaveBeenCalledTimes(1);
  expect(b).toHaveBeenCalledTimes(2);
});
