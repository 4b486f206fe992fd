using System.Threading.Channels;
using Orleans.Streams;

namespace CommunityGrains.Gateway.Notifications;

/// <summary>
/// One Orleans stream subscription seen as an <see cref="IObservable{T}"/> with a single observer. Items are
/// buffered (a bounded, newest-wins queue) until the observer attaches and while it is slow.
/// </summary>
internal sealed class LiveStream<T> : IObservable<T>, IDisposable
{
    private const int Buffer = 256;

    private readonly Channel<T> _items = Channel.CreateBounded<T>(new BoundedChannelOptions(Buffer)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    private readonly CancellationTokenSource _stop = new();
    private StreamSubscriptionHandle<T>? _handle;
    private CancellationTokenRegistration _onCancel;
    private int _disposed;

    public Task Push(T item)
    {
        _items.Writer.TryWrite(item);
        return Task.CompletedTask;
    }

    public void Attach(StreamSubscriptionHandle<T> handle, CancellationToken cancellation)
    {
        _handle = handle;
        _onCancel = cancellation.Register(Dispose);
    }

    public IDisposable Subscribe(IObserver<T> observer)
    {
        _ = Pump(observer);
        return this;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _onCancel.Unregister();
        _stop.Cancel();
        _items.Writer.TryComplete();
        // The connection is going away; a failed unsubscribe only leaves a subscription the stream runtime drops later.
        _handle?.UnsubscribeAsync().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
    }

    private async Task Pump(IObserver<T> observer)
    {
        try
        {
            await foreach (var item in _items.Reader.ReadAllAsync(_stop.Token))
            {
                observer.OnNext(item);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException)
        {
            observer.OnCompleted();
        }
    }
}
