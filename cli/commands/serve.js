export default { name: 'serve', register(program) { return program.command(this.name).description('todo').action(() => {}); } };
